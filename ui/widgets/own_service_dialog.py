"""Eigen aanbod toevoegen / bewerken: the form dialog; the core checks and stores it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.errors import ValidationError
from pohsd.domain.own_service import OpeningTime, OwnService, OwnServiceInput
from ui.messages import error_text, rule_text
from ui.tasks import TaskRunner
from ui.viewmodels.own_services_vm import OwnServicesViewModel
from ui.views.form_helpers import ViewModelDialog, show_error, show_status
from ui.views.own_service_form import COMMON_LANGUAGES, OwnServiceForm

#: Texts that say more than the generic rule text, per (field, rule); "*" is any rule.
_SPECIAL: dict[tuple[str, str], str] = {
    ("name", "required"): QT_TRANSLATE_NOOP("OwnServiceDialog", "Geef het aanbod een naam."),
    ("organization", "required"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "Vul in wie het aanbod organiseert."
    ),
    ("topics", "required"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "Kies minstens één onderwerp; zo wordt het aanbod gevonden."
    ),
    ("topics", "too_many"): QT_TRANSLATE_NOOP("OwnServiceDialog", "Kies hoogstens 20 onderwerpen."),
    ("opening", "before_opens"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "De eindtijd moet later zijn dan de begintijd."
    ),
    ("phone", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "Vul een telefoonnummer in met cijfers, spaties, + of -."
    ),
    ("languages", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "Vul andere talen in als codes van twee letters, zoals de of fr."
    ),
    ("postal_code", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "Vul de postcode in als vier cijfers en twee letters, zoals 1234 AB."
    ),
    ("email", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "Vul een geldig e-mailadres in, zoals info@voorbeeld.nl."
    ),
    ("website", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog",
        "Vul een webadres in dat begint met https://, zoals https://voorbeeld.nl.",
    ),
    ("min_age", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "De leeftijd 'van' mag niet hoger zijn dan 'tot en met'."
    ),
    ("max_age", "*"): QT_TRANSLATE_NOOP(
        "OwnServiceDialog", "De leeftijd 'van' mag niet hoger zijn dan 'tot en met'."
    ),
}
_INCOMPLETE = QT_TRANSLATE_NOOP(
    "OwnServiceDialog",
    "Vul straat en huisnummer, postcode en plaats alle drie in, of laat het "
    "adres leeg (een naam van de locatie mag wel alleen).",
)
for _field in ("street", "postal_code", "city"):
    _SPECIAL[(_field, "address_incomplete")] = _INCOMPLETE
_GENERIC_RULES = ("too_long", "control_characters")


def _hhmm(time: QTime) -> str:
    return time.toString("HH:mm")


class OwnServiceDialog(ViewModelDialog):
    """Eigen aanbod toevoegen (no id) or Eigen aanbod bewerken (loads the entry first).

    Opslaan (Ctrl+Enter) stores through `ws.socialmap.own.save`; a ValidationError shows next
    to its field and everything typed stays. Annuleren stores nothing.

    Signals:
        saved(str): the id of the stored entry.
    """

    saved = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OwnServiceDialog", text)

    def __init__(
        self, runner: TaskRunner, service_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("own_service_dialog")
        self.service_id = service_id
        self._extra_opening: tuple[OpeningTime, ...] = ()  # slots the day rows cannot show
        self._extra_topics: tuple[str, ...] = ()  # codes without a box (a whole leefgebied)
        self.setWindowTitle(
            self.tr("Eigen aanbod bewerken") if service_id else self.tr("Eigen aanbod toevoegen")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.vm = OwnServicesViewModel(runner, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        intro = QLabel(
            self.tr("Aanbod dat niet op de sociale kaart staat, zoals een wandelclub of een "
                    "vrijwilligersgroep. Het wordt gevonden en voorgesteld als de rest, en "
                    "blijft bewaard bij elke update van de kaart."),
            self,
        )  # fmt: skip
        intro.setObjectName("own_intro")
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        outer.addWidget(intro)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form = OwnServiceForm(self.scroll)
        self.scroll.setWidget(self.form)
        outer.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.status = QLabel(self)
        self.status.setObjectName("own_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.status, 1)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setObjectName("own_cancel")
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setToolTip(self.tr("Sluiten zonder op te slaan (Esc)"))
        label = self.tr("Opslaan") if service_id else self.tr("Toevoegen")
        self.save_button = QPushButton(label, self)
        self.save_button.setObjectName("own_save")
        self.save_button.setAccessibleName(self.tr("Eigen aanbod opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+Enter)"))
        self.save_button.setProperty("primary", True)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(buttons)
        for button in (self.cancel_button, self.save_button):
            button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.saved.connect(self._on_saved)
        self.vm.invalid.connect(self._on_invalid)
        self.vm.error.connect(lambda exc: self._set_status(error_text(exc), error=True))
        self.vm.busy_changed.connect(self._on_busy)
        chain = [*self.form.tab_chain(), self.cancel_button, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        available = self.screen().availableGeometry()
        self.resize(min(1040, available.width() - 40), min(760, available.height() - 40))
        if available.width() < 1000:
            self.form.use_one_column()
        if service_id:
            self.save_button.setEnabled(False)  # until the entry is loaded
            self._set_status(self.tr("Gegevens laden…"), error=False)
            self.vm.load(service_id)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- reading and filling the form --------------------------------------------------------

    def data(self) -> OwnServiceInput:
        """What is filled in, as the core's input (the core validates it)."""
        f = self.form
        topics = tuple(code for code, item in f.topic_items.items()
                       if item.checkState(0) == Qt.CheckState.Checked)  # fmt: skip
        toegang = next((c for c, b in f.toegang_buttons.items() if b.isChecked()), "vrij")
        opening = tuple(
            OpeningTime(day.code, _hhmm(day.opens.time()), _hhmm(day.closes.time()))
            for day in f.days
            if day.check.isChecked()
        )
        languages = [code for code, check in f.language_checks.items() if check.isChecked()]
        for part in f.other_languages.text().replace(";", ",").split(","):
            code = part.strip().lower()
            if code and code not in languages:
                languages.append(code)
        return OwnServiceInput(
            name=f.name.text().strip(),
            organization=f.organization.text().strip(),
            description=f.description.toPlainText().strip(),
            topics=topics + tuple(t for t in self._extra_topics if t not in topics),
            toegang=toegang,
            location_name=f.location_name.text().strip(),
            street=f.street.text().strip(),
            postal_code=f.postal_code.text().strip(),
            city=f.city.text().strip(),
            phone=f.phone.text().strip(),
            email=f.email.text().strip(),
            website=f.website.text().strip(),
            opening=opening + self._extra_opening,
            min_age=f.min_age.value() if f.min_age.value() >= 0 else None,
            max_age=f.max_age.value() if f.max_age.value() >= 0 else None,
            free=f.free.isChecked(),
            languages=tuple(languages),
        )

    def fill(self, data: OwnServiceInput) -> None:
        f = self.form
        f.name.setText(data.name)
        f.organization.setText(data.organization)
        f.description.setPlainText(data.description)
        for code, item in f.topic_items.items():
            on = code in data.topics
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._extra_topics = tuple(t for t in data.topics if t not in f.topic_items)
        if data.toegang in f.toegang_buttons:
            f.toegang_buttons[data.toegang].setChecked(True)
        f.location_name.setText(data.location_name)
        f.street.setText(data.street)
        f.postal_code.setText(data.postal_code)
        f.city.setText(data.city)
        f.phone.setText(data.phone)
        f.email.setText(data.email)
        f.website.setText(data.website)
        extra: list[OpeningTime] = []
        shown: set[str] = set()
        rows = {day.code: day for day in f.days}
        for slot in data.opening:
            day = rows.get(slot.weekday)
            if day is None or slot.weekday in shown:
                extra.append(slot)  # a second slot on a day stays as it was
                continue
            shown.add(slot.weekday)
            day.check.setChecked(True)
            day.opens.setTime(QTime.fromString(slot.opens[:5], "HH:mm"))
            day.closes.setTime(QTime.fromString(slot.closes[:5], "HH:mm"))
        self._extra_opening = tuple(extra)
        f.min_age.setValue(-1 if data.min_age is None else data.min_age)
        f.max_age.setValue(-1 if data.max_age is None else data.max_age)
        f.free.setChecked(data.free)
        for code, check in f.language_checks.items():
            check.setChecked(code in data.languages)
        others = [code for code in data.languages if code not in COMMON_LANGUAGES]
        f.other_languages.setText(", ".join(others))

    # ---- storing -----------------------------------------------------------------------------

    def save(self) -> None:
        if self.vm.busy or not self.save_button.isEnabled():
            return
        self._clear_errors()
        data = self.data()
        address = {"street": data.street, "postal_code": data.postal_code, "city": data.city}
        if any(address.values()) and not all(address.values()):
            # the map only takes a whole address; half of one would keep the entry off the map
            missing = next(key for key, value in address.items() if not value)
            self.vm.invalid_input(ValidationError(missing, "address_incomplete"))
            return
        self.vm.save(data, self.service_id)

    def _on_loaded(self, entry: OwnService) -> None:
        self.fill(entry.data)
        self.save_button.setEnabled(True)
        self._set_status("", error=False)

    def _on_saved(self, service_id: str) -> None:
        self.service_id = service_id
        self.saved.emit(service_id)
        self.accept()

    def message_for(self, field: str, rule: str) -> str:
        base = field.split("[", 1)[0].split(".", 1)[0]
        special = None if rule in _GENERIC_RULES else (
            _SPECIAL.get((base, rule)) or _SPECIAL.get((base, "*"))
        )  # fmt: skip
        return self.tr(special) if special else rule_text(rule)

    def _on_invalid(self, field: str, rule: str) -> None:
        base = field.split("[", 1)[0].split(".", 1)[0]
        text = self.message_for(field, rule)
        label = self.form.errors.get(base)
        widget = self.form.places.get(base)
        if base == "opening" and "[" in field:
            checked = [day for day in self.form.days if day.check.isChecked()]
            index = field.split("[", 1)[1].split("]", 1)[0]
            if index.isdigit() and int(index) < len(checked):
                widget = checked[int(index)].closes
        if label is None or widget is None:
            self._set_status(text, error=True)
            return
        show_error(label, text)
        self._set_status(self.tr("Er is niets opgeslagen. Verbeter het gemarkeerde veld."),
                         error=True)  # fmt: skip
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        if busy:
            self._set_status(self.tr("Bezig met opslaan…"), error=False)

    def _set_status(self, text: str, *, error: bool) -> None:
        show_status(self.status, text, error=error)

    def _clear_errors(self) -> None:
        for label in set(self.form.errors.values()):
            show_error(label, "")
        self._set_status("", error=False)

    def discard(self) -> None:
        """Lock: close at once and take every typed value out of the widgets."""
        self.vm.close()
        for edit in self.form.findChildren(QLineEdit):
            edit.setText("")
        self.form.description.setPlainText("")
        self.reject()
