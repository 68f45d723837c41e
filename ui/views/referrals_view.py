"""Layout of the record's Verwijzingen tab (list, detail, history) and Toestemmingen tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.client_list_view import title_font
from ui.views.form_helpers import show_status


def button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setAutoDefault(False)
    return widget


def table(name: str, accessible: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def _label(parent: QWidget, name: str, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed data is never markup
    if role:
        label.setProperty("role", role)
    return label


class ConfirmFrame(QFrame):
    """A calm inline question with a yes and a no button (no pop-up during the conversation)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(12)
        self.text = _label(self, f"{name}_text")
        row.addWidget(self.text, 1)
        translate = QCoreApplication.translate
        self.yes = button("", f"{name}_yes", translate("ReferralsView", "Bevestigen"), self)
        cancel = translate("ReferralsView", "Annuleren")
        self.no = button(cancel, f"{name}_no", cancel, self)
        row.addWidget(self.yes, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.no, 0, Qt.AlignmentFlag.AlignTop)
        self.no.clicked.connect(self.hide)
        self.hide()

    def ask(self, text: str, yes: str, no: str = "") -> None:
        self.text.setText(text)
        self.yes.setText(yes)
        self.yes.setAccessibleName(yes.replace("&", ""))
        if no:
            self.no.setText(no)
            self.no.setAccessibleName(no.replace("&", ""))
        self.show()
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)


class _TabBase(QWidget):
    def _heading(self, text: str, layout: QVBoxLayout) -> None:
        heading = QLabel(text, self)
        heading.setFont(title_font(self.font(), 1.15))
        layout.addWidget(heading)

    def _stack(self, name: str, accessible: str, empty: str) -> tuple[QStackedWidget, QTableView]:
        stack = QStackedWidget(self)
        view = table(name, accessible, stack)
        stack.addWidget(view)
        hint = QLabel(empty, stack)
        hint.setObjectName(f"{name}_empty")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        stack.addWidget(hint)
        stack.setCurrentIndex(1)
        return stack, view

    def show_rows(self, has_rows: bool) -> None:
        """The table and its buttons, or the empty state that says what to do."""
        self.stack.setCurrentIndex(0 if has_rows else 1)
        self.actions.setVisible(has_rows)

    def show_message(self, text: str, *, error: bool = False) -> None:
        show_status(self.message, text, error=error)
        self.message.setVisible(bool(text))

    stack: QStackedWidget
    actions: QWidget
    message: QLabel


class ReferralsTabView(_TabBase):
    """The referrals table above their actions, and the chosen referral's detail and history."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ReferralsTabView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        self._heading(self.tr("Verwijzingen"), layout)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("referrals_splitter")
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(8)
        self.stack, self.table = self._stack(
            "referrals_table",
            self.tr("Verwijzingen van de cliënt"),
            self.tr(
                "Nog geen verwijzingen. Verwijs vanuit het plan van een gesprek "
                "(Voorstellen uit de sociale kaart → Verwijzen…)."
            ),
        )
        self.stack.setParent(top)
        top_layout.addWidget(self.stack, 1)
        self.actions = QWidget(top)
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(12)
        self.status_button = button(
            self.tr("&Status wijzigen…"), "referral_change_status",
            self.tr("Status van de verwijzing wijzigen"), top,
        )  # fmt: skip
        self.delete_button = button(
            self.tr("Concept &verwijderen"), "referral_delete_concept",
            self.tr("Concept verwijderen"), top,
        )  # fmt: skip
        self.again_button = button(
            self.tr("&Opnieuw verwijzen…"), "referral_again", self.tr("Opnieuw verwijzen"), top
        )
        self.note_button = button(
            self.tr("&Notitie of herinnering…"), "referral_add_note",
            self.tr("Notitie of herinnering toevoegen"), top,
        )  # fmt: skip
        self.note_button.setToolTip(
            self.tr("Bijvoorbeeld 'gebeld, geen reactie', eventueel met een nieuwe herinnering.")
        )
        for widget in (self.status_button, self.note_button, self.delete_button, self.again_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        top_layout.addWidget(self.actions)
        self.confirm = ConfirmFrame("referral_delete_confirm", top)
        top_layout.addWidget(self.confirm)
        self.message = _label(top, "referrals_message", "hint")
        self.message.hide()
        top_layout.addWidget(self.message)
        splitter.addWidget(top)
        splitter.addWidget(self._detail(splitter))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 470])  # the list shows several rows; history and notes the rest
        layout.addWidget(splitter, 1)

    def _detail(self, parent: QWidget) -> QWidget:
        self.detail = QGroupBox(self.tr("Gekozen verwijzing"), parent)
        self.detail.setObjectName("referral_detail")
        column = QVBoxLayout(self.detail)
        column.setSpacing(8)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_question = _label(self.detail, "referral_detail_question")
        self.detail_urgency = _label(self.detail, "referral_detail_urgency")
        self.detail_consent = _label(self.detail, "referral_detail_consent")
        self.detail_based_on = _label(self.detail, "referral_detail_based_on")
        for caption, value in (
            (self.tr("Vraag aan de ontvanger"), self.detail_question),
            (self.tr("Urgentie"), self.detail_urgency),
            (self.tr("Toestemming"), self.detail_consent),
            (self.tr("Eerdere verwijzing"), self.detail_based_on),
        ):
            form.addRow(QLabel(caption, self.detail), value)
        column.addLayout(form)
        self._feedback_line(column)
        self.detail_tabs = QTabWidget(self.detail)
        self.detail_tabs.setObjectName("referral_detail_tabs")
        self.detail_tabs.setAccessibleName(self.tr("Geschiedenis en notities"))
        self.detail_tabs.tabBar().setObjectName("referral_detail_tab_bar")
        self.detail_tabs.tabBar().setAccessibleName(self.tr("Geschiedenis en notities"))
        self.history = table(
            "referral_history", self.tr("Geschiedenis van de verwijzing"), self.detail_tabs
        )
        self.detail_tabs.addTab(self.history, self.tr("Geschiedenis"))
        self.notes_stack = QStackedWidget(self.detail_tabs)
        self.notes_stack.setObjectName("referral_notes_page")
        self.notes = table(
            "referral_notes", self.tr("Notities bij de verwijzing"), self.notes_stack
        )
        self.notes_stack.addWidget(self.notes)
        empty = _label(self.notes_stack, "referral_notes_empty", "hint")
        empty.setText(self.tr("Nog geen notities. Gebeld of gemaild zonder nieuwe status? Leg "
                              "het vast met 'Notitie of herinnering…'."))  # fmt: skip
        empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes_stack.addWidget(empty)
        self.notes_stack.setCurrentIndex(1)
        self.detail_tabs.addTab(self.notes_stack, self.tr("Notities"))
        column.addWidget(self.detail_tabs, 1)
        return self.detail

    def _feedback_line(self, column: QVBoxLayout) -> None:
        """A terminal referral whose GP terugkoppeling is not done: say so, offer the way out."""
        self.feedback = QFrame(self.detail)
        self.feedback.setObjectName("referral_feedback")
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.feedback)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(12)
        self.feedback_text = _label(self.feedback, "referral_feedback_text")
        self.feedback_text.setText(self.tr("⚠ Terugkoppeling aan de huisarts nog niet klaargezet"))
        row.addWidget(self.feedback_text, 1)
        self.feedback_prepare = button(
            self.tr("&Klaarzetten…"), "referral_feedback_prepare",
            self.tr("Terugkoppeling aan de huisarts klaarzetten"), self.feedback,
        )  # fmt: skip
        self.feedback_prepare.hide()  # shown once a letter maker is connected
        self.feedback_skip = button(
            self.tr("Overs&laan…"), "referral_feedback_skip",
            self.tr("Terugkoppeling aan de huisarts overslaan"), self.feedback,
        )  # fmt: skip
        row.addWidget(self.feedback_prepare, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.feedback_skip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.feedback.hide()
        column.addWidget(self.feedback)

    def show_notes(self, count: int) -> None:
        """The notes table, or the hint; the tab title carries the count."""
        self.notes_stack.setCurrentIndex(0 if count else 1)
        title = self.tr("Notities")
        self.detail_tabs.setTabText(1, f"{title} ({count})" if count else title)

    def clear_detail(self) -> None:
        for label in (
            self.detail_question,
            self.detail_urgency,
            self.detail_consent,
            self.detail_based_on,
        ):
            label.setText("")
        self.feedback.hide()
        self.show_notes(0)
        self.detail.hide()  # nothing chosen: no empty frame


class ConsentsTabView(_TabBase):
    """Toestemming voor vastleggen and gerichte toestemmingen, newest first, with Intrekken."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ConsentsTabView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        self._heading(self.tr("Toestemmingen"), layout)
        note = QLabel(
            self.tr(
                "Vastleggen: wat de cliënt bij de opening koos. Gericht: per verwijzing, voor "
                "één ontvanger. Nieuwste bovenaan."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.stack, self.table = self._stack(
            "consents_table",
            self.tr("Toestemmingen van de cliënt"),
            self.tr(
                "Nog geen toestemmingen vastgelegd. De toestemming voor vastleggen wordt in de "
                "opening van het gesprek gevraagd; een gerichte toestemming bij een verwijzing."
            ),
        )
        layout.addWidget(self.stack, 1)
        self.actions = QWidget(self)
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.withdraw_button = button(
            self.tr("&Intrekken…"), "consent_withdraw", self.tr("Toestemming intrekken"), self
        )
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        layout.addWidget(self.actions)
        self.confirm = ConfirmFrame("consent_withdraw_confirm", self)
        layout.addWidget(self.confirm)
        self.proposal = ConfirmFrame("consent_cancel_proposal", self)
        layout.addWidget(self.proposal)
        self.message = _label(self, "consents_message", "hint")
        self.message.hide()
        layout.addWidget(self.message)
