"""The fields of the Verwijzen dialog: recipient, goal, question, urgency, gerichte toestemming."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.intake import Goal
from pohsd.domain.questionnaire import Questionnaire
from pohsd.domain.referral import URGENCIES
from ui.i18n import arg
from ui.models.referral_models import urgency_label
from ui.models.service_model import toegang_name
from ui.views.client_list_view import title_font
from ui.views.form_helpers import error_label, field_box
from ui.widgets.date_edit import DateEdit

CODE_ROLE = Qt.ItemDataRole.UserRole + 7
GEGEVENS_ALTIJD = "naam en geboortedatum"
BSN = "BSN"
#: The `gegevens` codes of spec §9.2 (pohsd.services.consents.GEGEVENS), with their labels.
GEGEVENS_LABELS: dict[str, str] = {
    GEGEVENS_ALTIJD: QT_TRANSLATE_NOOP("ReferralFields", "Naam en geboortedatum (altijd)"),
    "adres": QT_TRANSLATE_NOOP("ReferralFields", "Adres"),
    "telefoon": QT_TRANSLATE_NOOP("ReferralFields", "Telefoon"),
    "e-mail": QT_TRANSLATE_NOOP("ReferralFields", "E-mail"),
    BSN: QT_TRANSLATE_NOOP("ReferralFields", "BSN"),
    "zelfredzaamheidsscores": QT_TRANSLATE_NOOP("ReferralFields", "Zelfredzaamheidsscores"),
    "uitkomsten vragenlijsten": QT_TRANSLATE_NOOP("ReferralFields", "Uitkomsten vragenlijsten"),
    "medische informatie": QT_TRANSLATE_NOOP("ReferralFields", "Medische informatie"),
    "contactpersoon uit netwerk": QT_TRANSLATE_NOOP("ReferralFields", "Contactpersoon uit netwerk"),
}
VORMEN: dict[str, str] = {
    "mondeling": QT_TRANSLATE_NOOP("ReferralFields", "Mondeling"),
    "schriftelijk": QT_TRANSLATE_NOOP("ReferralFields", "Schriftelijk (getekend formulier)"),
}


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def _slug(code: str) -> str:
    return code.replace(" ", "_").replace("-", "_").lower()


class ReferralFields(QWidget):
    """Two columns: the referral on the left, the gerichte toestemming on the right."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReferralFields", text)

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_form")
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns = columns
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        columns.addWidget(self._referral_box(), 1)
        columns.addWidget(self._consent_box(questionnaire), 1)
        self._doel_touched = False
        self.question.textChanged.connect(self._question_changed)
        self.doel.textEdited.connect(lambda _t: setattr(self, "_doel_touched", True))
        self.urgency.currentIndexChanged.connect(lambda _i: self._urgency_changed())
        self._urgency_changed()

    # -- layout -----------------------------------------------------------------------------

    def _row(self, widget: QWidget, name: str) -> tuple[QWidget, QLabel]:
        error = error_label(self, f"{name}_error")
        box = field_box(self, widget, error)
        box.setFocusProxy(widget)
        return box, error

    def _referral_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Verwijzing"), self)
        box.setObjectName("referral_box")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: more room
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self.service_name = QLabel(box)
        self.service_name.setObjectName("referral_service")
        self.service_name.setFont(title_font(self.font(), 1.1))
        self.organization = QLabel(box)
        self.organization.setObjectName("referral_organization")
        self.toegang = QLabel(box)
        self.toegang.setObjectName("referral_toegang")
        self.toegang.setProperty("role", "hint")
        recipient = QWidget(box)
        lines = QVBoxLayout(recipient)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        for label in (self.service_name, self.organization, self.toegang):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            lines.addWidget(label)
        form.addRow(self.tr("Ontvanger"), recipient)
        self.goal = QComboBox(box)
        _named(self.goal, "referral_goal", self.tr("Doel in het plan"))
        self.goal.addItem(self.tr("Geen doel"), None)
        self.goal_row, self.goal_error = self._row(self.goal, "referral_goal")
        form.addRow(self._caption(self.tr("&Doel in het plan"), self.goal), self.goal_row)
        self.question = QPlainTextEdit(box)
        _named(self.question, "referral_question", self.tr("Vraag aan de ontvanger"))
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("Wat vraagt u de ontvanger te doen?"))
        lines = self.question.fontMetrics().lineSpacing()
        self.question.setMinimumHeight(lines * 5 + 14)
        self.question.setMaximumHeight(lines * 10 + 14)
        self.question_row, self.question_error = self._row(self.question, "referral_question")
        form.addRow(
            self._caption(self.tr("&Vraag aan de ontvanger"), self.question), self.question_row
        )
        self.urgency = QComboBox(box)
        _named(self.urgency, "referral_urgency", self.tr("Urgentie"))
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.urgency_reason = QLineEdit(box)
        _named(self.urgency_reason, "referral_urgency_reason", self.tr("Reden van de urgentie"))
        self.urgency_reason.setMaxLength(200)
        urgency = QWidget(box)
        row = QHBoxLayout(urgency)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.urgency)
        row.addWidget(self.urgency_reason, 1)
        self.urgency_row, self.urgency_error = self._row(urgency, "referral_urgency_reason")
        self.urgency_row.setFocusProxy(self.urgency)
        form.addRow(self._caption(self.tr("&Urgentie"), self.urgency), self.urgency_row)
        return box

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _consent_box(self, questionnaire: Questionnaire) -> QGroupBox:
        box = QGroupBox(self.tr("Gerichte toestemming van de cliënt"), self)
        box.setObjectName("consent_box")
        column = QVBoxLayout(box)
        column.setSpacing(8)
        self.reuse = QCheckBox(box)
        _named(self.reuse, "referral_reuse_consent", self.tr("Dezelfde toestemming gebruiken"))
        self.reuse.hide()
        self.reuse.toggled.connect(self._reuse_changed)
        column.addWidget(self.reuse)
        self.consent_fields = QWidget(box)
        form = QFormLayout(self.consent_fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.tree = QTreeWidget(self.consent_fields)
        _named(
            self.tree, "referral_leefgebieden", self.tr("Leefgebieden waarover gedeeld mag worden")
        )
        self.tree.setHeaderHidden(True)
        rows = self.tree.fontMetrics().height() + 4
        self.tree.setMinimumHeight(rows * 7)
        self.tree.setMaximumHeight(rows * 11)
        self.domain_items: dict[str, QTreeWidgetItem] = {}
        self.topic_items: dict[str, QTreeWidgetItem] = {}
        for domain in questionnaire.domains:
            parent = QTreeWidgetItem(self.tree, [domain.label])
            parent.setData(0, CODE_ROLE, domain.code)
            parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsUserCheckable
                            | Qt.ItemFlag.ItemIsAutoTristate)  # fmt: skip
            parent.setCheckState(0, Qt.CheckState.Unchecked)
            self.domain_items[domain.code] = parent
            for topic in domain.topics:
                child = QTreeWidgetItem(parent, [topic.label])
                child.setData(0, CODE_ROLE, topic.code)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                self.topic_items[topic.code] = child
        self.tree_row, self.tree_error = self._row(self.tree, "referral_leefgebieden")
        self.tree_row.setMaximumHeight(rows * 13)  # the tree plus its error line
        form.addRow(self._caption(self.tr("&Leefgebieden"), self.tree), self.tree_row)
        form.addRow(self._caption(self.tr("&Gegevens"), self._gegevens()), self.gegevens_row)
        self.doel = QLineEdit(self.consent_fields)
        _named(self.doel, "referral_doel", self.tr("Doel van het delen"))
        self.doel.setPlaceholderText(self.tr("zelfde als de vraag"))
        self.doel_row, self.doel_error = self._row(self.doel, "referral_doel")
        form.addRow(self._caption(self.tr("D&oel"), self.doel), self.doel_row)
        vorm = QWidget(self.consent_fields)
        vorm_row = QHBoxLayout(vorm)
        vorm_row.setContentsMargins(0, 0, 0, 0)
        self.vorm = QButtonGroup(self)
        self.vorm_buttons: dict[str, QRadioButton] = {}
        for i, (code, text) in enumerate(VORMEN.items()):
            radio = QRadioButton(self.tr(text), vorm)
            _named(radio, f"referral_vorm_{code}", arg(self.tr("Vorm: %1"), self.tr(text)))
            radio.setProperty("code", code)
            self.vorm.addButton(radio, i)
            self.vorm_buttons[code] = radio
            vorm_row.addWidget(radio)
        vorm_row.addStretch(1)
        self.vorm_buttons["mondeling"].setChecked(True)
        self.vorm_row, self.vorm_error = self._row(vorm, "referral_vorm")
        self.vorm_row.setFocusProxy(self.vorm_buttons["mondeling"])
        form.addRow(self.tr("Vorm"), self.vorm_row)
        self.datum = DateEdit(self.consent_fields)
        _named(self.datum, "referral_consent_date", self.tr("Datum van de toestemming"))
        self.datum.set_date(date.today())
        self.datum_row, self.datum_error = self._row(self.datum, "referral_consent_date")
        form.addRow(self._caption(self.tr("Da&tum"), self.datum), self.datum_row)
        self.until = DateEdit(self.consent_fields)
        _named(self.until, "referral_valid_until", self.tr("Geldig tot (optioneel)"))
        self.until.setPlaceholderText(self.tr("dd-mm-jjjj (leeg: tot de verwijzing klaar is)"))
        self.until_row, self.until_error = self._row(self.until, "referral_valid_until")
        form.addRow(self._caption(self.tr("G&eldig tot"), self.until), self.until_row)
        column.addWidget(self.consent_fields)
        column.addStretch(1)
        return box

    def _gegevens(self) -> QWidget:
        holder = QWidget(self.consent_fields)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.gegevens: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(GEGEVENS_LABELS.items()):
            check = QCheckBox(self.tr(text), holder)
            _named(check, f"referral_gegevens_{_slug(code)}", self.tr(text))
            self.gegevens[code] = check
            grid.addWidget(check, i // 2, i % 2)
        always = self.gegevens[GEGEVENS_ALTIJD]
        always.setChecked(True)
        always.setEnabled(False)
        always.setToolTip(self.tr("Naam en geboortedatum gaan altijd mee: zo weet de ontvanger "
                                  "om wie het gaat."))  # fmt: skip
        self.bsn_hint = QLabel(holder)
        self.bsn_hint.setObjectName("referral_bsn_hint")
        self.bsn_hint.setProperty("role", "hint")
        self.bsn_hint.setWordWrap(True)
        self.gegevens_error = error_label(self, "referral_gegevens_error")
        self.gegevens_row = field_box(self, holder, self.bsn_hint, self.gegevens_error)
        self.gegevens_row.setFocusProxy(self.gegevens["adres"])
        return self.gegevens["adres"]

    def use_one_column(self) -> None:
        """Small screens: the toestemming below the verwijzing (the dialog scrolls)."""
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom)

    # -- filling ----------------------------------------------------------------------------

    def set_recipient(
        self, name: str, organization: str, toegang: Sequence[str], zorgaanbieder: bool
    ) -> None:
        self.service_name.setText(name)
        self.organization.setText(organization)
        self.organization.setVisible(bool(organization))
        words = ", ".join(toegang_name(code) for code in toegang) or self.tr("onbekend")
        self.toegang.setText(arg(self.tr("Toegang: %1"), words))
        bsn = self.gegevens[BSN]
        bsn.setEnabled(zorgaanbieder)
        if not zorgaanbieder:
            bsn.setChecked(False)
            self.bsn_hint.setText(
                self.tr("BSN kan niet mee: het BSN mag alleen naar een zorgaanbieder (Wabvpz). "
                        "Deze ontvanger heeft geen AGB-code in de sociale kaart en vraagt geen "
                        "verwijzing zorg.")
            )  # fmt: skip
        else:
            self.bsn_hint.setText(
                self.tr("BSN mag mee: deze ontvanger is een zorgaanbieder. Vink het alleen aan "
                        "als de ontvanger het nodig heeft.")
            )  # fmt: skip
        bsn.setToolTip(self.bsn_hint.text())

    def set_goals(self, goals: Sequence[Goal], labels: dict[str, str]) -> None:
        for goal in goals:
            if goal.id is None:
                continue
            topic = labels.get(goal.topic, goal.topic)
            text = f"{topic}: {goal.wens}" if goal.wens else topic
            self.goal.addItem(" ".join(text.split())[:120], goal.id)

    def select_goal(self, goal_id: str | None) -> None:
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))

    def check_codes(self, codes: Sequence[str]) -> None:
        """Check these domains or topics; their domains open."""
        for code in codes:
            item = self.domain_items.get(code) or self.topic_items.get(code)
            if item is None:
                continue
            item.setCheckState(0, Qt.CheckState.Checked)
            (item.parent() or item).setExpanded(True)

    def set_gegevens(self, codes: Sequence[str]) -> None:
        for code, check in self.gegevens.items():
            if check.isEnabled():
                check.setChecked(code in codes)

    def set_urgency(self, code: str, reason: str) -> None:
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(code)))
        self.urgency_reason.setText(reason)

    def offer_reuse(self, text: str) -> None:
        """Opnieuw verwijzen with a consent that still holds: offer it (checked)."""
        self.reuse.setText(text)
        self.reuse.show()
        self.reuse.setChecked(True)

    # -- reading ----------------------------------------------------------------------------

    def leefgebieden(self) -> list[str]:
        codes: list[str] = []
        for code, item in self.domain_items.items():
            if item.checkState(0) == Qt.CheckState.Checked:
                codes.append(code)
                continue
            for i in range(item.childCount()):
                child = item.child(i)
                if child.checkState(0) == Qt.CheckState.Checked:
                    codes.append(str(child.data(0, CODE_ROLE)))
        return codes

    def gegevens_codes(self) -> list[str]:
        return [code for code, check in self.gegevens.items() if check.isChecked()]

    def vorm_code(self) -> str:
        checked = self.vorm.checkedButton()
        return str(checked.property("code")) if checked is not None else ""

    # -- behaviour --------------------------------------------------------------------------

    def _question_changed(self) -> None:
        if not self._doel_touched:
            with QSignalBlocker(self.doel):
                self.doel.setText(" ".join(self.question.toPlainText().split()))

    def _urgency_changed(self) -> None:
        normal = self.urgency.currentData() == URGENCIES[0]
        self.urgency_reason.setEnabled(not normal)
        self.urgency_reason.setPlaceholderText(
            "" if normal else self.tr("Waarom? Eén regel, verplicht")
        )
        if normal:
            self.urgency_reason.setText("")

    def _reuse_changed(self, reuse: bool) -> None:
        self.consent_fields.setEnabled(not reuse)
