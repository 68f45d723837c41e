"""Detail pane of one service: plain-text labels only, favourite star and autosaved own note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui.i18n import arg
from ui.models.service_model import (
    dutch_date,
    is_stale,
    language_name,
    opening_lines,
    parse_day,
    toegang_name,
    topic_name,
)
from ui.views.form_helpers import heading

NOTE_IDLE_MS = 1500
STAR_ON, STAR_OFF = "★", "☆"
OWN_CHIP_STYLE = (
    "QLabel#service_own { background: #e8f0e8; color: #2f4f2f; border: 1px solid #b7cbb7;"
    " border-radius: 9px; padding: 1px 8px; }"
)


def _plain(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # never rich text from the feed
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _locations(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [s.get("location") or {} for s in data.get("service_at_locations") or []]


def _address_lines(data: dict[str, Any]) -> list[str]:
    lines = []
    for loc in _locations(data):
        for a in loc.get("addresses") or []:
            street = " ".join(str(a.get(k) or "") for k in ("address_1", "address_2")).strip()
            town = " ".join(str(a.get(k) or "") for k in ("postal_code", "city")).strip()
            text = ", ".join(p for p in (street, town) if p)
            name = str(loc.get("name") or "")
            lines.append(f"{name}: {text}" if name and text else text or name)
    return [line for line in lines if line]


def _phones(data: dict[str, Any]) -> list[str]:
    phones = list(data.get("phones") or [])
    for loc in _locations(data):
        phones += loc.get("phones") or []
    seen: list[str] = []
    for p in phones:
        number = str(p.get("number") or "").strip()
        if number and number not in seen:
            seen.append(number)
    return seen


class ServiceDetail(QWidget):
    """Shows one service; emits favourite/note changes for the page to persist."""

    favourite_toggled = Signal(str, bool)
    note_changed = Signal(str, str)
    refer_requested = Signal(str)
    edit_own_requested = Signal(str)  # eigen aanbod: open the editor
    offer_own_requested = Signal(str, bool)  # eigen aanbod: offer (True) or retire (False)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ServiceDetail", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_detail")
        self.service_id = ""
        self._saved_note = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("service_detail_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)

        self.title = heading(body, "", "service_title", 1.25)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.star = QToolButton(body)
        self.star.setObjectName("service_favourite")
        self.star.setAccessibleName(self.tr("Favoriet"))
        self.star.setCheckable(True)
        self.star.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.star.toggled.connect(self._star_toggled)
        self.refer = QPushButton(self.tr("Verwijzen…"), body)
        self.refer.setObjectName("service_refer")
        self.refer.setAccessibleName(self.tr("Verwijzen naar deze voorziening"))
        self.refer.setAutoDefault(False)
        self.refer.clicked.connect(lambda: self.refer_requested.emit(self.service_id))
        self.refer.hide()
        self.own_chip = _plain(body, "service_own")
        self.own_chip.setText(self.tr("eigen aanbod"))
        self.own_chip.setAccessibleName(self.tr("Eigen aanbod van de praktijk"))
        self.own_chip.setToolTip(self.tr("Door de praktijk zelf toegevoegd"))
        self.own_chip.setStyleSheet(OWN_CHIP_STYLE)
        self.own_chip.hide()
        self.own_edit = QPushButton(self.tr("Bewerken…"), body)
        self.own_edit.setObjectName("service_own_edit")
        self.own_edit.setAccessibleName(self.tr("Eigen aanbod bewerken"))
        self.own_edit.setAutoDefault(False)
        self.own_edit.clicked.connect(lambda: self.edit_own_requested.emit(self.service_id))
        self.own_offer = QPushButton(self.tr("Niet meer aanbieden"), body)
        self.own_offer.setObjectName("service_own_offer")
        self.own_offer.setAccessibleName(self.tr("Eigen aanbod niet meer aanbieden"))
        self.own_offer.setAutoDefault(False)
        self.own_offer.clicked.connect(
            lambda: self.offer_own_requested.emit(self.service_id, self._own_retired)
        )
        self._own_retired = False
        self.for_client = _plain(body, "service_for_client")
        self.for_client.setProperty("role", "hint")
        self.for_client.hide()
        self.message = _plain(body, "service_message")
        self.message.hide()
        top = QVBoxLayout()
        top.addWidget(self.title)
        buttons = QHBoxLayout()
        buttons.addWidget(self.star)
        buttons.addWidget(self.refer)
        buttons.addStretch(1)
        buttons.addWidget(self.own_chip)
        buttons.addWidget(self.own_edit)
        buttons.addWidget(self.own_offer)
        top.addLayout(buttons)
        top.addWidget(self.for_client)
        top.addWidget(self.message)
        layout.addLayout(top)
        self.alert = _plain(body, "service_alert")
        self.alert.setProperty("role", "error")
        layout.addWidget(self.alert)
        self.description = _plain(body, "service_description")
        layout.addWidget(self.description)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("organization", self.tr("Organisatie")),
            ("address", self.tr("Adres")),
            ("phone", self.tr("Telefoon")),
            ("email", self.tr("E-mail")),
            ("website", self.tr("Website")),
            ("hours", self.tr("Openingstijden")),
            ("languages", self.tr("Talen")),
            ("costs", self.tr("Kosten")),
            ("toegang", self.tr("Toegang")),
            ("apply", self.tr("Aanmelden")),
            ("topics", self.tr("Onderwerpen")),
            ("wait", self.tr("Wachtlijst")),
            ("assured", self.tr("Gecontroleerd")),
        ):
            value = _plain(body, f"service_{key}")
            value.setAccessibleName(label)
            self.fields[key] = value
            form.addRow(label, value)
        layout.addLayout(form)

        note_label = QLabel(self.tr("Eigen notitie"), body)
        note_label.setObjectName("service_note_label")
        layout.addWidget(note_label)
        self.note = QPlainTextEdit(body)
        self.note.setObjectName("service_note")
        self.note.setAccessibleName(self.tr("Eigen notitie"))
        self.note.setPlaceholderText(self.tr("Alleen voor deze praktijk; wordt vanzelf bewaard."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_IDLE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.show_service(None)

    # ---- showing ---------------------------------------------------------------------------

    def set_client(self, name: str | None) -> None:
        """With an open client the POH can refer from here; the hint says for whom."""
        self.refer.setVisible(bool(name))
        self.for_client.setVisible(bool(name))
        self.for_client.setText(arg(self.tr("Verwijzen voor %1"), name) if name else "")
        self.message.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_service(self, data: dict[str, Any] | None) -> None:
        self.flush_note()
        self.message.hide()
        self.setVisible(data is not None)
        data = data or {}
        self.service_id = str(data.get("id") or "")
        self.title.setText(str(data.get("name") or ""))
        with_block = self.star.blockSignals(True)
        self.star.setChecked(bool(data.get("favourite")))
        self.star.blockSignals(with_block)
        self._star_text()
        self._show_own(bool(data.get("own")), str(data.get("status") or "") == "inactive")
        alert = str(data.get("alert") or "")
        self.alert.setText(arg(self.tr("Let op: %1"), alert) if alert else "")
        self.alert.setVisible(bool(alert))
        self.description.setText(str(data.get("description") or ""))
        org = data.get("organization") or {}
        assured = parse_day(data.get("assured_date"))
        assured_text = ""
        if assured is not None:
            assured_text = arg(self.tr("gecontroleerd op %1"), dutch_date(assured))
            if is_stale(assured):
                assured_text += " — " + self.tr("ouder dan 12 maanden, controleer de gegevens")
        topics, toegang = self._terms(data)
        values = {
            "organization": str(org.get("name") or ""),
            "address": "\n".join(_address_lines(data)),
            "phone": "\n".join(_phones(data)),
            "email": str(data.get("email") or org.get("email") or ""),
            "website": str(data.get("url") or org.get("website") or ""),
            "hours": "\n".join(self._hours(data)),
            "languages": ", ".join(
                language_name(str(lang.get("code") or ""), str(lang.get("name") or ""))
                for lang in data.get("languages") or []
            ),
            "costs": str(data.get("fees_description") or ""),
            "toegang": ", ".join(toegang_name(t) for t in toegang),
            "apply": str(data.get("application_process") or ""),
            "topics": ", ".join(topic_name(t) for t in topics),
            "wait": self._wait(data),
            "assured": assured_text,
        }
        for key, label in self.fields.items():
            label.setText(values[key] or "–")
        blocked = self.note.blockSignals(True)
        self._saved_note = str(data.get("note") or "")
        self.note.setPlainText(self._saved_note)
        self.note.blockSignals(blocked)

    def _show_own(self, own: bool, retired: bool) -> None:
        """Eigen aanbod: a calm chip, Bewerken… and Niet meer / Weer aanbieden."""
        self._own_retired = retired
        for widget in (self.own_chip, self.own_edit, self.own_offer):
            widget.setVisible(own)
        self.own_offer.setText(
            self.tr("Weer aanbieden") if retired else self.tr("Niet meer aanbieden")
        )

    def show_retired(self) -> None:
        """The shown own entry is no longer offered: say so, and offer the way back."""
        self._show_own(True, True)
        self.show_message(
            self.tr("Niet meer aangeboden: het staat niet meer in de zoekresultaten. Weer "
                    "aanbieden kan hier of later via Eigen aanbod…")
        )  # fmt: skip

    def _terms(self, data: dict[str, Any]) -> tuple[list[str], list[str]]:
        topics, toegang = [], []
        for attr in data.get("attributes") or []:
            term = attr.get("taxonomy_term") or {}
            code = str(term.get("code") or "")
            if term.get("taxonomy") == "nl-toegang":
                toegang.append(code)
            elif term.get("taxonomy") == "nl-leefgebieden":
                topics.append(code)
        return topics, toegang

    def _hours(self, data: dict[str, Any]) -> list[str]:
        schedules = list(data.get("schedules") or [])
        for loc in _locations(data):
            schedules += loc.get("schedules") or []
        return opening_lines(schedules)

    def _wait(self, data: dict[str, Any]) -> str:
        parts = [str(data.get("wait_time") or "")]
        for cap in data.get("capacities") or []:
            available = cap.get("available")
            if cap.get("description"):
                parts.append(str(cap["description"]))
            if available is not None and int(available) <= 0:
                parts.append(self.tr("op dit moment geen plek (wachtlijst)"))
            elif available is not None:
                parts.append(arg(self.tr("%1 plekken vrij"), available))
        return "\n".join(p for p in parts if p)

    # ---- the POH's own marks ---------------------------------------------------------------

    def _star_text(self) -> None:
        on = self.star.isChecked()
        self.star.setText(
            f"{STAR_ON} " + self.tr("Favoriet")
            if on
            else f"{STAR_OFF} " + self.tr("Markeer als favoriet")
        )

    def _star_toggled(self, on: bool) -> None:
        self._star_text()
        if self.service_id:
            self.favourite_toggled.emit(self.service_id, on)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def flush_note(self) -> None:
        self._note_timer.stop()
        text = self.note.toPlainText()
        if self.service_id and text != self._saved_note:
            self._saved_note = text
            self.note_changed.emit(self.service_id, text)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.flush_note()
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self._note_timer.stop()
        self.service_id = ""
        self._saved_note = ""
        self.show_service(None)
