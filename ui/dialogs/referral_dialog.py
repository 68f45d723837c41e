"""Verwijzen: one dialog for the question and the gerichte toestemming; stores a concept."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.errors import ValidationError
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.referral import URGENCY_DEFAULT, Referral
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text, rule_text
from ui.models.client_list_model import format_date
from ui.tasks import TaskRunner
from ui.viewmodels.referral_vm import ReferralForm, ReferralFormViewModel, ReferralRequest
from ui.views.form_helpers import ViewModelDialog, show_error, show_status
from ui.widgets.referral_form import ReferralFields

#: Texts that say more than the generic rule text, per (field, rule).
_SPECIAL: dict[tuple[str, str], str] = {
    ("question", "required"): QT_TRANSLATE_NOOP(
        "ReferralDialog", "Schrijf op wat u de ontvanger vraagt."
    ),
    ("urgency_reason", "required"): QT_TRANSLATE_NOOP(
        "ReferralDialog", "Schrijf in één regel waarom dit voorrang of spoed heeft."
    ),
    ("consent.leefgebieden", "required"): QT_TRANSLATE_NOOP(
        "ReferralDialog", "Kies minstens één leefgebied of onderwerp."
    ),
    ("consent.doel", "required"): QT_TRANSLATE_NOOP(
        "ReferralDialog", "Schrijf het doel op, of vul de vraag aan de ontvanger in."
    ),
    ("consent.vorm", "unknown_option"): QT_TRANSLATE_NOOP(
        "ReferralDialog", "Kies mondeling of schriftelijk."
    ),
    ("consent.geldig_tot", "time_order"): QT_TRANSLATE_NOOP(
        "ReferralDialog", "Geldig tot ligt vóór de datum van de toestemming."
    ),
}


class ReferralDialog(ViewModelDialog):
    """Recipient (read-only), goal, question, urgency and the gerichte toestemming.

    "Verwijzing klaarzetten" (Ctrl+Enter) stores consent and concept referral in one call;
    Annuleren stores nothing.

    Signals:
        stored(object): the new Referral (concept); its changes were published.
    """

    stored = Signal(object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReferralDialog", text)

    def __init__(
        self,
        runner: TaskRunner,
        client_id: str,
        service_id: str,
        parent: QWidget | None = None,
        *,
        bridge: ChangeBridge | None = None,
        topic: str | None = None,
        previous_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self.setWindowTitle(  # never a client name
            self.tr("Opnieuw verwijzen") if previous_id else self.tr("Verwijzen")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._topic = topic
        self._questionnaire = load_questionnaire("1")
        self.vm = ReferralFormViewModel(runner, bridge, client_id, service_id, previous_id, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        intro = QLabel(
            self.tr("De verwijzing wordt klaargezet als concept. Versturen doet u daarna zelf; "
                    "de cliënt beslist wat er gedeeld wordt."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        outer.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form = ReferralFields(self._questionnaire, scroll)
        scroll.setWidget(self.form)
        self.scroll = scroll
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.status = QLabel(self)
        self.status.setObjectName("referral_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.status, 1)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setObjectName("referral_cancel")
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Sluiten zonder iets vast te leggen (Esc)"))
        self.save_button = QPushButton(self.tr("Verwijzing klaarzetten"), self)
        self.save_button.setObjectName("referral_save")
        self.save_button.setAccessibleName(self.tr("Verwijzing klaarzetten"))
        self.save_button.setToolTip(self.tr("Verwijzing klaarzetten (Ctrl+Enter)"))
        self.save_button.setProperty("primary", True)
        self.save_button.setEnabled(False)  # until the recipient is loaded
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.stored.connect(self._on_stored)
        self.vm.invalid.connect(self._on_invalid)
        self.vm.error.connect(self._on_error)
        self.vm.busy_changed.connect(self._on_busy)
        self._fix_tab_order()
        available = self.screen().availableGeometry()
        self.resize(min(1100, available.width() - 40), min(720, available.height() - 40))
        if available.width() < 1000:
            self.form.use_one_column()
        self._set_status(self.tr("Gegevens laden…"), error=False)
        self.vm.load()

    # -- opening from anywhere --------------------------------------------------------------

    @classmethod
    def open_for(
        cls,
        runner: TaskRunner,
        parent: QWidget | None,
        client_id: str,
        service_id: str,
        topic: str | None = None,
        *,
        bridge: ChangeBridge | None = None,
    ) -> ReferralDialog:
        """Open (window-modal) for a service of the sociale kaart; the caller keeps it alive."""
        dialog = cls(runner, client_id, service_id, parent, bridge=bridge, topic=topic)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @classmethod
    def open_again(
        cls,
        runner: TaskRunner,
        parent: QWidget | None,
        referral: Referral,
        *,
        bridge: ChangeBridge | None = None,
    ) -> ReferralDialog:
        """Opnieuw verwijzen: a new concept to the same service, linked to `referral`."""
        dialog = cls(
            runner, referral.client_id, referral.service_id, parent,
            bridge=bridge, previous_id=referral.id,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- loading ----------------------------------------------------------------------------

    def _on_loaded(self, data: ReferralForm) -> None:
        f = self.form
        r = data.recipient
        f.set_recipient(r.service_name, r.organization_name, r.toegang, r.zorgaanbieder)
        labels = {t.code: t.label for t in self._questionnaire.topics}
        labels.update({d.code: d.label for d in self._questionnaire.domains})
        f.set_goals(data.goals, labels)
        previous = data.previous
        if previous is not None:
            f.select_goal(previous.goal_id)
            f.set_urgency(previous.urgency, previous.urgency_reason)
            f.goal.setEnabled(False)  # Opnieuw verwijzen keeps goal and urgency
            f.urgency.setEnabled(False)
            f.urgency_reason.setEnabled(False)
            f.question.setPlainText(previous.question)
            consent = data.previous_consent
            if consent is not None:
                codes = consent.data.get("leefgebieden")
                f.check_codes([str(c) for c in codes] if isinstance(codes, list) else [])
                items = consent.data.get("gegevens")
                f.set_gegevens([str(c) for c in items] if isinstance(items, list) else [])
                if data.previous_consent_active:
                    f.offer_reuse(
                        arg(self.tr("Dezelfde toestemming gebruiken (van %1, nog geldig)"),
                            format_date(consent.datum))
                    )  # fmt: skip
        elif self._topic:
            f.check_codes([self._topic])
            self._preselect_goal(data)
        self._set_status("", error=False)
        self.save_button.setEnabled(True)
        f.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def _preselect_goal(self, data: ReferralForm) -> None:
        topic = self._topic or ""
        for goal in data.goals:
            if goal.id and (goal.topic == topic or topic.startswith(f"{goal.topic}.")):
                self.form.select_goal(goal.id)
                return

    # -- storing ----------------------------------------------------------------------------

    def request(self) -> ReferralRequest:
        """What was filled in.

        Raises:
            ValidationError: a date that is not a date, or a required field left empty.
        """
        f = self.form
        question = f.question.toPlainText().strip()
        if not question:
            raise ValidationError("question", "required")
        urgency = str(f.urgency.currentData() or URGENCY_DEFAULT)
        reason = f.urgency_reason.text().strip() if urgency != URGENCY_DEFAULT else ""
        if urgency != URGENCY_DEFAULT and not reason:
            raise ValidationError("urgency_reason", "required")
        consent: dict[str, object] | None = None
        if not (f.reuse.isVisible() and f.reuse.isChecked()):
            datum = f.datum.date_value("consent.datum")
            if datum is None:
                raise ValidationError("consent.datum", "required")
            until = f.until.date_value("consent.geldig_tot")
            consent = {
                "leefgebieden": f.leefgebieden(),
                "gegevens": f.gegevens_codes(),
                "doel": " ".join(f.doel.text().split()) or " ".join(question.split()),
                "vorm": f.vorm_code(),
                "datum": datum,
            }
            if until is not None:
                consent["geldig_tot"] = until
        goal = f.goal.currentData()
        return ReferralRequest(
            question=question, goal_id=goal if isinstance(goal, str) else None,
            urgency=urgency, urgency_reason=reason, consent=consent,
        )  # fmt: skip

    def save(self) -> None:
        if self.vm.busy or not self.save_button.isEnabled():
            return
        self._clear_errors()
        try:
            request = self.request()
        except ValidationError as exc:
            self.vm.invalid_input(exc)
            return
        self.vm.store(request)

    def discard(self) -> None:
        """Lock: close at once and take every typed value out of the widgets."""
        self.vm.close()
        for edit in self.findChildren(QLineEdit):
            edit.setText("")
        for text in self.findChildren(QPlainTextEdit):
            text.setPlainText("")
        self.reject()

    # -- results ----------------------------------------------------------------------------

    def _on_stored(self, referral: Referral) -> None:
        self.stored.emit(referral)
        self.accept()

    def _field_widget(self, field: str) -> tuple[QLabel | None, QWidget | None]:
        f = self.form
        base = field.split("[", 1)[0]
        places: dict[str, tuple[QLabel, QWidget]] = {
            "question": (f.question_error, f.question),
            "goal_id": (f.goal_error, f.goal),
            "urgency": (f.urgency_error, f.urgency),
            "urgency_reason": (f.urgency_error, f.urgency_reason),
            "consent.leefgebieden": (f.tree_error, f.tree),
            "consent.gegevens": (f.gegevens_error, f.gegevens_row),
            "consent.doel": (f.doel_error, f.doel),
            "consent.vorm": (f.vorm_error, f.vorm_row),
            "consent.datum": (f.datum_error, f.datum),
            "consent.geldig_tot": (f.until_error, f.until),
        }
        return places.get(base, (None, None))

    def _on_invalid(self, field: str, rule: str) -> None:
        base = field.split("[", 1)[0]
        special = _SPECIAL.get((base, rule))
        text = self.tr(special) if special else rule_text(rule)
        label, widget = self._field_widget(field)
        if label is None or widget is None:
            self._set_status(text, error=True)
            return
        show_error(label, text)
        self._set_status(
            self.tr("Er is niets vastgelegd. Verbeter het gemarkeerde veld."), error=True
        )
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_error(self, exc: BaseException) -> None:
        self._set_status(error_text(exc), error=True)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if busy:
            self._set_status(self.tr("Bezig met vastleggen…"), error=False)

    def _set_status(self, text: str, *, error: bool) -> None:
        show_status(self.status, text, error=error)

    def _clear_errors(self) -> None:
        for label in self.form.findChildren(QLabel):
            if label.property("role") == "error":
                show_error(label, "")
        self._set_status("", error=False)

    def _fix_tab_order(self) -> None:
        f = self.form
        chain: list[QWidget] = [
            f.goal, f.question, f.urgency, f.urgency_reason, f.reuse, f.tree,
            *(c for c in f.gegevens.values()), f.doel, *f.vorm_buttons.values(), f.datum,
            f.until, self.cancel_button, self.save_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
