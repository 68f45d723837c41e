"""Panels of single parts: consent domains, the network, closing, and the vervolg change view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.client import NetworkPerson
from pohsd.domain.questionnaire import Questionnaire
from pohsd.intake.vervolg import Change
from ui.i18n import arg
from ui.models.client_list_model import format_date
from ui.models.intake_models import ChangeTableModel
from ui.models.intake_radar_model import RadarData
from ui.models.network_model import choice_text, yes_no_text
from ui.widgets.radar import RadarPanel


def _named(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


class ConsentDomains(QFrame):
    """Ja, maar niet over: the domains that may not be recorded.

    Signals:
        changed(list): the excluded domain codes.
    """

    changed = Signal(list)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ConsentDomains", text)

    def __init__(self, q: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_domains")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Niet vastleggen over:"), self))
        self.boxes: dict[str, QCheckBox] = {}
        for domain in q.domains:
            box = QCheckBox(domain.label, self)
            _named(
                box,
                f"consent_exclude_{domain.code}",
                arg(self.tr("Niet vastleggen: %1"), domain.label),
            )
            box.toggled.connect(lambda _c: self.changed.emit(self.codes()))
            self.boxes[domain.code] = box
            row.addWidget(box)
        row.addStretch(1)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Sequence[str]) -> None:
        for code, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in codes)

    def focus_chain(self) -> list[QWidget]:
        return list(self.boxes.values())


class NetworkPanel(QFrame):
    """Who helps: shows the network persons of the client (their home is the client record).

    Signals:
        edit_requested(): "Netwerk bewerken…" opens the client's editor.
    """

    edit_requested = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("NetworkPanel", text)

    def __init__(self, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("network_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QLabel(self)
        self.list.setObjectName("network_list")
        self.list.setTextFormat(Qt.TextFormat.PlainText)
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.edit = QPushButton(self.tr("Netwerk &bewerken…"), self)
        _named(self.edit, "network_edit", self.tr("Netwerk bewerken"))
        self.edit.setAutoDefault(False)
        self.edit.setEnabled(editable)
        self.edit.setToolTip(self.tr("De netwerkpersonen staan bij de cliënt (tabblad Netwerk)"))
        self.edit.clicked.connect(self.edit_requested)
        row.addWidget(self.edit)
        row.addStretch(1)
        layout.addLayout(row)

    def set_people(self, people: Sequence[NetworkPerson]) -> None:
        if not people:
            self.list.setText(self.tr("Nog niemand vastgelegd."))
            return
        lines = []
        for p in people:
            roles = ", ".join(choice_text(r) for r in p.rol) or "—"
            contact = arg(self.tr("mag benaderd worden: %1"), yes_no_text(p.mag_benaderd))
            lines.append(f"• {p.naam} — {choice_text(p.relatie)} — {roles} — {contact}")
        self.list.setText("\n".join(lines))

    def focus_chain(self) -> list[QWidget]:
        return [self.edit]


class ClosingPanel(QFrame):
    """Afsluiting: what was discussed, the web, the vervolg date and "Intake afronden".

    Signals:
        complete_requested(): the POH confirmed "Ja, afronden".
    """

    complete_requested = Signal()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClosingPanel", text)

    def __init__(self, parent: QWidget | None = None, *, vervolg: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("closing_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.summary = QLabel(self)
        self.summary.setObjectName("closing_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.radar = RadarPanel(self, stacked=True)
        layout.addWidget(self.radar)
        self.follow_up = QLabel(self)
        self.follow_up.setObjectName("closing_follow_up")
        self.follow_up.setWordWrap(True)
        layout.addWidget(self.follow_up)
        text = self.tr("Vervolg a&fronden") if vervolg else self.tr("Intake a&fronden")
        self.complete = QPushButton(text, self)
        _named(self.complete, "intake_complete", text.replace("&", ""))
        self.complete.setAutoDefault(False)
        self.complete.setProperty("primary", True)
        layout.addWidget(self.complete, 0, Qt.AlignmentFlag.AlignLeft)
        self.confirm = QFrame(self)
        self.confirm.setObjectName("intake_complete_confirm")
        self.confirm.setProperty("role", "prompt")
        confirm = QHBoxLayout(self.confirm)
        question = QLabel(
            self.tr("Gesprek afronden? Wat nog niet bevestigd was, wordt nu vastgelegd. Later "
                    "wijzigen kan; dat wordt als aanvulling vastgelegd."),
            self.confirm,
        )  # fmt: skip
        question.setWordWrap(True)
        confirm.addWidget(question, 1)
        self.confirm_yes = QPushButton(self.tr("&Ja, afronden"), self.confirm)
        _named(self.confirm_yes, "intake_complete_yes", self.tr("Ja, afronden"))
        self.confirm_no = QPushButton(self.tr("Annuleren"), self.confirm)
        _named(self.confirm_no, "intake_complete_no", self.tr("Annuleren"))
        for button in (self.confirm_yes, self.confirm_no):
            button.setAutoDefault(False)
            confirm.addWidget(button)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        self.done = QLabel(self)
        self.done.setObjectName("intake_completed_text")
        self.done.setWordWrap(True)
        self.done.hide()
        layout.addWidget(self.done)
        self.complete.clicked.connect(self._ask)
        self.confirm_no.clicked.connect(self._cancel)
        self.confirm_yes.clicked.connect(self._confirmed)

    def _ask(self) -> None:
        self.confirm.show()
        self.confirm_yes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel(self) -> None:
        self.confirm.hide()
        self.complete.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirmed(self) -> None:
        self.confirm.hide()
        self.complete.setEnabled(False)
        self.complete_requested.emit()

    def show_state(
        self, summary: str, follow_up: date | None, default: date, closed_on: date | None
    ) -> None:
        self.summary.setText(summary)
        if follow_up is not None:
            self.follow_up.setText(arg(self.tr("Vervolggesprek: %1"), format_date(follow_up)))
        else:
            text = self.tr("Vervolggesprek: nog niet gekozen (standaard over 6 weken: %1)")
            self.follow_up.setText(arg(text, format_date(default)))
        closed = closed_on is not None
        self.complete.setEnabled(not closed)
        self.done.setVisible(closed)
        if closed:
            text = self.tr("Afgerond op %1. Wijzigingen worden nu als aanvulling vastgelegd.")
            self.done.setText(arg(text, format_date(closed_on)))

    def set_radar(self, data: RadarData | None) -> None:
        self.radar.set_data(data)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.radar.save_button, self.radar.print_button, self.complete,
            self.confirm_yes, self.confirm_no,
        ]  # fmt: skip


class ChangePanel(QFrame):
    """Vervolg: every repeated measure against the intake, with the difference and a caution."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ChangePanel", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Verandering sinds de intake"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.model = ChangeTableModel(self)
        self.table = QTableView(self)
        _named(self.table, "vervolg_changes", self.tr("Verandering sinds de intake"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # long bands elide
        layout.addWidget(self.table)
        note = QLabel(
            self.tr("Een verandering bij één vraag is een aanwijzing, geen bewijs. Hoe groot een "
                    "betekenisvolle verandering is, is voor deze vragen niet bekend."),
            self,
        )  # fmt: skip
        note.setObjectName("vervolg_note")
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.empty = QLabel(self.tr("Er is geen intake om mee te vergelijken."), self)
        self.empty.setProperty("role", "hint")
        layout.addWidget(self.empty)

    def set_changes(self, q: Questionnaire, changes: Sequence[Change]) -> None:
        self.model.set_changes(q, changes)
        self.empty.setVisible(not changes)
        self.table.setVisible(bool(changes))
        rows = max(1, len(changes))
        height = (
            self.table.horizontalHeader().height()
            + rows * (self.table.fontMetrics().height() + 12)
            + 6
        )
        self.table.setFixedHeight(height)

    def focus_chain(self) -> list[QWidget]:
        return [self.table]
